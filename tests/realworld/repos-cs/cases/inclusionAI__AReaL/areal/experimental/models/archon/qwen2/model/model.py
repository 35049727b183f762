stub: upstream file of 12505 bytes

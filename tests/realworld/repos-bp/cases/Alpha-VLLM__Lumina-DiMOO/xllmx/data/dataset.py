stub: upstream file of 7505 bytes

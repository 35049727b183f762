stub: upstream file of 14 bytes

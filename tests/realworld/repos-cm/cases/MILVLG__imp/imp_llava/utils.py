stub: upstream file of 4007 bytes

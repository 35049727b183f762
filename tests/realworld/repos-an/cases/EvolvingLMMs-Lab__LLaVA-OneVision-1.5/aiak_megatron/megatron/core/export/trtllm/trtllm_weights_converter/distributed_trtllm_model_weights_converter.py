stub: upstream file of 13755 bytes

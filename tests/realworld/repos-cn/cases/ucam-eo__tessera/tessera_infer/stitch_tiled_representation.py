stub: upstream file of 13254 bytes

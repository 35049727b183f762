stub: upstream file of 1254 bytes

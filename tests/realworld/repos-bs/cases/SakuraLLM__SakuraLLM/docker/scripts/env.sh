stub: upstream file of 254 bytes

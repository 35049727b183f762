stub: upstream file of 12352 bytes

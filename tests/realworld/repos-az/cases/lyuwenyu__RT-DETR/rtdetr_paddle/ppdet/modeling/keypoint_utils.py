stub: upstream file of 13343 bytes

stub: upstream file of 11294 bytes

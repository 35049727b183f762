stub: upstream file of 8327 bytes

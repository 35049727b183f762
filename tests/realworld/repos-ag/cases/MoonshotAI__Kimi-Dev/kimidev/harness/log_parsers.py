stub: upstream file of 15327 bytes

stub: upstream file of 16327 bytes

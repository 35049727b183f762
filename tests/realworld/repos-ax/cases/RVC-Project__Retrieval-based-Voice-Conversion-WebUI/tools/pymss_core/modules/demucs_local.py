stub: upstream file of 22327 bytes

stub: upstream file of 327 bytes

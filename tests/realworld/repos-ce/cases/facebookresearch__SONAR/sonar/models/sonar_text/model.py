stub: upstream file of 5327 bytes

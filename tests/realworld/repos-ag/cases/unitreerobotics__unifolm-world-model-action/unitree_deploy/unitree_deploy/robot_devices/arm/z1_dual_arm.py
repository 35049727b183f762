stub: upstream file of 13327 bytes

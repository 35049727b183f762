stub: upstream file of 14295 bytes

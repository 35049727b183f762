stub: upstream file of 17327 bytes

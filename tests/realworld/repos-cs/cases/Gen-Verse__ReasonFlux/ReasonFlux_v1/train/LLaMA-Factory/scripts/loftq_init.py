stub: upstream file of 3327 bytes

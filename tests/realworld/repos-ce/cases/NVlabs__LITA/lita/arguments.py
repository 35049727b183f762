stub: upstream file of 3277 bytes

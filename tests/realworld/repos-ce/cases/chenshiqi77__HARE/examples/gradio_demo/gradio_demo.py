stub: upstream file of 6338 bytes

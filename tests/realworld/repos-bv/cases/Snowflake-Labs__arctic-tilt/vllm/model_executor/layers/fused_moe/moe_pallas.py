stub: upstream file of 2338 bytes

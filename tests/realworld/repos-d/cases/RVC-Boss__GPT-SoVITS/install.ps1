stub: upstream file of 8338 bytes

stub: upstream file of 338 bytes

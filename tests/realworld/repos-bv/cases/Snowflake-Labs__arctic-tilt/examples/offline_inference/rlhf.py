stub: upstream file of 4341 bytes

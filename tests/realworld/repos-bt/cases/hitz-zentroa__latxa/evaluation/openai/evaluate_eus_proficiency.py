stub: upstream file of 5369 bytes

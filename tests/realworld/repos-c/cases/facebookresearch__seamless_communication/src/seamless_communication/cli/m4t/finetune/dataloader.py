stub: upstream file of 11355 bytes

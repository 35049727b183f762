stub: upstream file of 11453 bytes

stub: upstream file of 11533 bytes

stub: upstream file of 27334 bytes

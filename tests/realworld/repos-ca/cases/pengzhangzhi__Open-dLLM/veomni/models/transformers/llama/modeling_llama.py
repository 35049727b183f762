stub: upstream file of 43334 bytes

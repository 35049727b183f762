stub: upstream file of 17334 bytes

stub: upstream file of 23334 bytes

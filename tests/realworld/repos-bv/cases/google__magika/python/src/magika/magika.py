stub: upstream file of 33334 bytes

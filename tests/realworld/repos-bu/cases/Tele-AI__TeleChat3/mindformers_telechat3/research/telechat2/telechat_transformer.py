stub: upstream file of 34341 bytes

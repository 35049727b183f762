stub: upstream file of 46363 bytes

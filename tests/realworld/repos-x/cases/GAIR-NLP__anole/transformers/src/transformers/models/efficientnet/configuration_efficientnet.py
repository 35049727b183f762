stub: upstream file of 7596 bytes

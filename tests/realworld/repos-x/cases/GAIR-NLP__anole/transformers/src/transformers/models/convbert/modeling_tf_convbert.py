stub: upstream file of 61363 bytes

stub: upstream file of 2363 bytes

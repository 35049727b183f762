stub: upstream file of 10363 bytes

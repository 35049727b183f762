stub: upstream file of 13363 bytes

stub: upstream file of 32363 bytes

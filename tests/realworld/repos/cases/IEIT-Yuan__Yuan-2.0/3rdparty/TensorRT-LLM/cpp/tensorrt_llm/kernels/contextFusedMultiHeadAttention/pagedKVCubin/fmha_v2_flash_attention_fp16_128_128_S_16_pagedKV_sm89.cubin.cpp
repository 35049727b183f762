stub: upstream file of 879363 bytes

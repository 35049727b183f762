stub: upstream file of 34391 bytes

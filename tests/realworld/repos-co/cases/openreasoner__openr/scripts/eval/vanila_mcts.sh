stub: upstream file of 413 bytes

stub: upstream file of 396 bytes

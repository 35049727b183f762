stub: upstream file of 16317 bytes

stub: upstream file of 4319 bytes

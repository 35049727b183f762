stub: upstream file of 4264 bytes

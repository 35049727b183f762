stub: upstream file of 3388 bytes

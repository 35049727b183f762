stub: upstream file of 3222 bytes

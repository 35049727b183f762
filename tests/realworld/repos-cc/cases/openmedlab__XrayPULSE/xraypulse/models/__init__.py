stub: upstream file of 5762 bytes

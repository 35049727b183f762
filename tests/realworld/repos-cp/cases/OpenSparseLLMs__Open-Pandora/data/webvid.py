stub: upstream file of 9156 bytes

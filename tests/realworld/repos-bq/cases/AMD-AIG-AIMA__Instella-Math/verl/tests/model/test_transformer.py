stub: upstream file of 6096 bytes

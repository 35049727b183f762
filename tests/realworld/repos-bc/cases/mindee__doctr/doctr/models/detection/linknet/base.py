stub: upstream file of 10112 bytes

stub: upstream file of 9700 bytes

stub: upstream file of 1145 bytes

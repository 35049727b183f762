stub: upstream file of 26242 bytes

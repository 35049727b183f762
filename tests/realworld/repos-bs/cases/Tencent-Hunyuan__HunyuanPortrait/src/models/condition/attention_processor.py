stub: upstream file of 27241 bytes

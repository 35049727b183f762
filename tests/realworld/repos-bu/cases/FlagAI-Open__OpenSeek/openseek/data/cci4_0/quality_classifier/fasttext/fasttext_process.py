stub: upstream file of 23576 bytes

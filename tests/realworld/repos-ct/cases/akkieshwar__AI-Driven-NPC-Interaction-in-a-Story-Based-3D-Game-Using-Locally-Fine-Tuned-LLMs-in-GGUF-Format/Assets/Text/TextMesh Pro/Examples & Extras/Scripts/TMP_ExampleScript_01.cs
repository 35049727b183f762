stub: upstream file of 2122 bytes

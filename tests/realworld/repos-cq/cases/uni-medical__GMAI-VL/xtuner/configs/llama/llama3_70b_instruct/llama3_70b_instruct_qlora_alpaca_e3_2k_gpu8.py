stub: upstream file of 7488 bytes

stub: upstream file of 27386 bytes

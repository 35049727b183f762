stub: upstream file of 376531 bytes

stub: upstream file of 6492 bytes

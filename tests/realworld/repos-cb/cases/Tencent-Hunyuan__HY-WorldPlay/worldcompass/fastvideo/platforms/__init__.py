stub: upstream file of 5492 bytes

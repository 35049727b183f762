stub: upstream file of 6377 bytes

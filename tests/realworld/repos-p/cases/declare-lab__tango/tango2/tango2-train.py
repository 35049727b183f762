stub: upstream file of 27479 bytes

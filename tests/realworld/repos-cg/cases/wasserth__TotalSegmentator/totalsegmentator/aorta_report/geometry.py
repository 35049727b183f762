stub: upstream file of 8549 bytes

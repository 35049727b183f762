stub: upstream file of 18699 bytes

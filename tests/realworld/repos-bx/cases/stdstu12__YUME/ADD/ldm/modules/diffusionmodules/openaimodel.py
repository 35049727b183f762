stub: upstream file of 30449 bytes

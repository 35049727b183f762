stub: upstream file of 55542 bytes

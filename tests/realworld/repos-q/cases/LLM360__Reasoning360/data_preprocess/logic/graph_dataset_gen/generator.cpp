stub: upstream file of 81636 bytes

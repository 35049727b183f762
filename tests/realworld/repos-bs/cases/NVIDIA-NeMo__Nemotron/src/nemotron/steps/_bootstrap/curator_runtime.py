stub: upstream file of 21679 bytes

stub: upstream file of 17523 bytes

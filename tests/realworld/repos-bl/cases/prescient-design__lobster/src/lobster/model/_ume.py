stub: upstream file of 50162 bytes

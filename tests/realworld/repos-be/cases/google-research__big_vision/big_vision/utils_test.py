stub: upstream file of 14162 bytes

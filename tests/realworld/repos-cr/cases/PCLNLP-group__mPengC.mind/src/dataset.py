stub: upstream file of 9744 bytes

stub: upstream file of 31668 bytes

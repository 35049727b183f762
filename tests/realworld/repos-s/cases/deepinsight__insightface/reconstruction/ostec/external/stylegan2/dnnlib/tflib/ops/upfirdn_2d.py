stub: upstream file of 16588 bytes

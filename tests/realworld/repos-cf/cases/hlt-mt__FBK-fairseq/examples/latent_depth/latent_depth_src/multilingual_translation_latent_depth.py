stub: upstream file of 8543 bytes

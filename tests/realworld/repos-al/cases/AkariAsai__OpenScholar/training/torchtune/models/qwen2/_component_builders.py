stub: upstream file of 16785 bytes

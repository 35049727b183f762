stub: upstream file of 6549 bytes

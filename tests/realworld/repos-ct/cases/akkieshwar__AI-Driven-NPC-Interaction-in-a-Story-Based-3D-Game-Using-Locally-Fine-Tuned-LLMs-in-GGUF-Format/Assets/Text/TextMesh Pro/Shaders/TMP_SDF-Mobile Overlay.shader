stub: upstream file of 7643 bytes

stub: upstream file of 9637 bytes

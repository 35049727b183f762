stub: upstream file of 34296 bytes

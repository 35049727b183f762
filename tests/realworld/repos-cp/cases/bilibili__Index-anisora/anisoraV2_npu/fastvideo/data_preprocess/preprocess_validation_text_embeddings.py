stub: upstream file of 3639 bytes

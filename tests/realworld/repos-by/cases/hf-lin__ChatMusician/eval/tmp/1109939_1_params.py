stub: upstream file of 3626 bytes

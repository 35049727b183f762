stub: upstream file of 3133 bytes

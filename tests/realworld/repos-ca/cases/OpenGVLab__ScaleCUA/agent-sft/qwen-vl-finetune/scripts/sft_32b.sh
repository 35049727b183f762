stub: upstream file of 2972 bytes

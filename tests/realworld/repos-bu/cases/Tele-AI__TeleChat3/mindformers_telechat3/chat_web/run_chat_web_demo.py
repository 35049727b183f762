stub: upstream file of 9400 bytes

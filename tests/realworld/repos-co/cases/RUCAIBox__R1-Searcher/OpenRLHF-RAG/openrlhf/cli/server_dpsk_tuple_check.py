stub: upstream file of 5359 bytes

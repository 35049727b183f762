stub: upstream file of 71933 bytes

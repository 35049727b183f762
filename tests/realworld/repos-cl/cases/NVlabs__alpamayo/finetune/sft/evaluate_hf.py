stub: upstream file of 5442 bytes

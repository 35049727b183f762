stub: upstream file of 5530 bytes

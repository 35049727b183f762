stub: upstream file of 9938 bytes

stub: upstream file of 6679 bytes

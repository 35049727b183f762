stub: upstream file of 9554 bytes

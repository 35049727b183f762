stub: upstream file of 16667 bytes

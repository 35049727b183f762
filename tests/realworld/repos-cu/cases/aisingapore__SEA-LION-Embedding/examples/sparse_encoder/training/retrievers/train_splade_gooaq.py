stub: upstream file of 5132 bytes

stub: upstream file of 5836 bytes

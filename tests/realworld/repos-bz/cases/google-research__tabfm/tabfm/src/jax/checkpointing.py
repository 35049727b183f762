stub: upstream file of 5501 bytes

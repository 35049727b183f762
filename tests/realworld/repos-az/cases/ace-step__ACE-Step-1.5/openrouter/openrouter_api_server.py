stub: upstream file of 40808 bytes

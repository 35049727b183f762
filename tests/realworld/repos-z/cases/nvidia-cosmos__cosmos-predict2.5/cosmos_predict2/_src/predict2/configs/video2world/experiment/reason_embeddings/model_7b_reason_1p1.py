stub: upstream file of 24982 bytes

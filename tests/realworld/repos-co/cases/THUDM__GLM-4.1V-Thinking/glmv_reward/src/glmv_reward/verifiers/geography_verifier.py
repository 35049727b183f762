stub: upstream file of 6477 bytes

stub: upstream file of 9536 bytes

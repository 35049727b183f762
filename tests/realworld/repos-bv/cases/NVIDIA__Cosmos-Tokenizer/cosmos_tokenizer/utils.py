stub: upstream file of 13510 bytes

stub: upstream file of 14510 bytes

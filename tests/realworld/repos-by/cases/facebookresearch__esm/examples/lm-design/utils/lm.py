stub: upstream file of 3510 bytes

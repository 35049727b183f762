stub: upstream file of 96 bytes

stub: upstream file of 1101 bytes

stub: upstream file of 53638 bytes

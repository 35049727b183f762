stub: upstream file of 12526 bytes

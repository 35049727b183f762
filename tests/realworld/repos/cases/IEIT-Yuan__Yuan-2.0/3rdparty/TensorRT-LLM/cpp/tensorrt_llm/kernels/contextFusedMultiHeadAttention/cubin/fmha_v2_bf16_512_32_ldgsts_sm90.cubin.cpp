stub: upstream file of 1590442 bytes

stub: upstream file of 85850 bytes

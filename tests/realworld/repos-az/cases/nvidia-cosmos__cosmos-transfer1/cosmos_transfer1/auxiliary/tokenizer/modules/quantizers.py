stub: upstream file of 19850 bytes

stub: upstream file of 850 bytes

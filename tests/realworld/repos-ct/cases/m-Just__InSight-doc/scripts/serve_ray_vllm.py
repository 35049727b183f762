stub: upstream file of 4850 bytes

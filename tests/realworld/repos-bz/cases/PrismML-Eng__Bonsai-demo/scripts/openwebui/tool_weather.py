stub: upstream file of 2860 bytes

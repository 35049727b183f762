stub: upstream file of 19860 bytes

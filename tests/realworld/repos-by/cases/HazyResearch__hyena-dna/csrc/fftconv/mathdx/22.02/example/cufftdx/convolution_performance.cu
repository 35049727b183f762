stub: upstream file of 16860 bytes

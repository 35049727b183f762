stub: upstream file of 25860 bytes

stub: upstream file of 75114 bytes

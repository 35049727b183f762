stub: upstream file of 64888 bytes

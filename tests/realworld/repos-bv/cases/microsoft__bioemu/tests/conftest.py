stub: upstream file of 12118 bytes

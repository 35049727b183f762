stub: upstream file of 40108 bytes

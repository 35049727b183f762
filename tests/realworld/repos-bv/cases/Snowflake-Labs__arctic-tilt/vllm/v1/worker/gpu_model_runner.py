stub: upstream file of 79863 bytes

stub: upstream file of 28114 bytes

stub: upstream file of 102 bytes

stub: upstream file of 16102 bytes

stub: upstream file of 11102 bytes

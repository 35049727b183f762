stub: upstream file of 7145 bytes

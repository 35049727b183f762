stub: upstream file of 25167 bytes

stub: upstream file of 44308 bytes

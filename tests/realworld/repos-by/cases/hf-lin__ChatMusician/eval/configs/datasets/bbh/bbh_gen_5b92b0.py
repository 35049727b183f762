stub: upstream file of 3400 bytes

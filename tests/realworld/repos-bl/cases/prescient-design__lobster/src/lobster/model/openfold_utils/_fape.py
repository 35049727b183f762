stub: upstream file of 54308 bytes

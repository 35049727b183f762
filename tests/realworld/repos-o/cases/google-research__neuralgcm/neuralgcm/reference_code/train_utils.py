stub: upstream file of 22308 bytes

stub: upstream file of 5308 bytes

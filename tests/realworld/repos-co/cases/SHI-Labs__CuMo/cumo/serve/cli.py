stub: upstream file of 4232 bytes

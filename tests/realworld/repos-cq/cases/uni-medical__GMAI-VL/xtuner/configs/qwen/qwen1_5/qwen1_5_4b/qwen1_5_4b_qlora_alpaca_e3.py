stub: upstream file of 7308 bytes

stub: upstream file of 15294 bytes

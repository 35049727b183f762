stub: upstream file of 9399 bytes

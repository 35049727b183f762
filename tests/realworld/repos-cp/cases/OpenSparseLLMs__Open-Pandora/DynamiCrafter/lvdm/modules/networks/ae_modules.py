stub: upstream file of 34245 bytes

stub: upstream file of 25405 bytes

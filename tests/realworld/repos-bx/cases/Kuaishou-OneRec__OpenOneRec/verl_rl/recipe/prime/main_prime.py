stub: upstream file of 5270 bytes

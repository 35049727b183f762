stub: upstream file of 8232 bytes

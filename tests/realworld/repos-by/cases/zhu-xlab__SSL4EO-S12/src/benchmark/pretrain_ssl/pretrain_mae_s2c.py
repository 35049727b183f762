stub: upstream file of 11271 bytes

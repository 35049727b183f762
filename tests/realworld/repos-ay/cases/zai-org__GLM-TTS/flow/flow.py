stub: upstream file of 10271 bytes

stub: upstream file of 4310 bytes

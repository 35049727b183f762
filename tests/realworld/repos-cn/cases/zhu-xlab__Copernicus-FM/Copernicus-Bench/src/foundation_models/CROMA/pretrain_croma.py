stub: upstream file of 21395 bytes

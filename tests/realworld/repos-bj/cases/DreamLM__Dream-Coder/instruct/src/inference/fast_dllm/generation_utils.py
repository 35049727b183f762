stub: upstream file of 26355 bytes

stub: upstream file of 4502 bytes

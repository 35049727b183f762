stub: upstream file of 17593 bytes

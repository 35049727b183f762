stub: upstream file of 14419 bytes

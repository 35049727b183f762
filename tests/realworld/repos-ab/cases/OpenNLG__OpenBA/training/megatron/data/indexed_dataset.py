stub: upstream file of 20475 bytes

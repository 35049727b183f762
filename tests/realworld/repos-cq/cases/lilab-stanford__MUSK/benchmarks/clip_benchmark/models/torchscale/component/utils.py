stub: upstream file of 2170 bytes

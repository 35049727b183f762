stub: upstream file of 24593 bytes

stub: upstream file of 4855 bytes

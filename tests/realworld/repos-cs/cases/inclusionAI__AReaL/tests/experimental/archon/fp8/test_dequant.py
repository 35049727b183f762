stub: upstream file of 4180 bytes

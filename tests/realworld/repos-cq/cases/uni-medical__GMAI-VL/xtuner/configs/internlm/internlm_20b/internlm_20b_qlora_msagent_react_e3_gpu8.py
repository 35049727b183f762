stub: upstream file of 8568 bytes

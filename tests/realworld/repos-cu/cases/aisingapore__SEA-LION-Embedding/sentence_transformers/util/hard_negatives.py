stub: upstream file of 42180 bytes

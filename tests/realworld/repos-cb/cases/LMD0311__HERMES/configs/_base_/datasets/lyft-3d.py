stub: upstream file of 4568 bytes

stub: upstream file of 6568 bytes

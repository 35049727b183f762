stub: upstream file of 18568 bytes

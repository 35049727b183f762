stub: upstream file of 108763 bytes

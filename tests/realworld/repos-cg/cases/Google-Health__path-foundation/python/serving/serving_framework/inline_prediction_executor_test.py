stub: upstream file of 2763 bytes

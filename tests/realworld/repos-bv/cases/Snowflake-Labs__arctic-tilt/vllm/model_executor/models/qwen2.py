stub: upstream file of 21840 bytes

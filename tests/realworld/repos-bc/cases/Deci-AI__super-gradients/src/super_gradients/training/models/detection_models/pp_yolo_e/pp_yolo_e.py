stub: upstream file of 21995 bytes

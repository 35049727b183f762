stub: upstream file of 21585 bytes

stub: upstream file of 19468 bytes

stub: upstream file of 4487 bytes

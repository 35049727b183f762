stub: upstream file of 17807 bytes

stub: upstream file of 12884 bytes

stub: upstream file of 30901 bytes

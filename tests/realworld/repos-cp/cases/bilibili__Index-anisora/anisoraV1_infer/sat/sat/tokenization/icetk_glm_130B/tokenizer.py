stub: upstream file of 2295 bytes

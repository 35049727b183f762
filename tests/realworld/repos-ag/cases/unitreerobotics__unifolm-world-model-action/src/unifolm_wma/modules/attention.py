stub: upstream file of 34439 bytes

stub: upstream file of 3390 bytes

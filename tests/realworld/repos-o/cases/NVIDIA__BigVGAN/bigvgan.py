stub: upstream file of 17500 bytes

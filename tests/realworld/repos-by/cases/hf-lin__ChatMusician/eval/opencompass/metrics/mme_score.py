stub: upstream file of 3139 bytes

stub: upstream file of 12139 bytes

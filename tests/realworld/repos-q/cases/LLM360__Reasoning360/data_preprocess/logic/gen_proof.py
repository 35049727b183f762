stub: upstream file of 41390 bytes

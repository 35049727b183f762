stub: upstream file of 4390 bytes

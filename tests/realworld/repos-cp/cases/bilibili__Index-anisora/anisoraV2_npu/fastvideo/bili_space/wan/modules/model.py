stub: upstream file of 25390 bytes

stub: upstream file of 2390 bytes

stub: upstream file of 2145 bytes

stub: upstream file of 2820 bytes

stub: upstream file of 2956 bytes

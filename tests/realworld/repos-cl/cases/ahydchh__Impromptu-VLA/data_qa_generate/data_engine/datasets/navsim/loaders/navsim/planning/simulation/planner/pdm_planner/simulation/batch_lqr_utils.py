stub: upstream file of 12001 bytes

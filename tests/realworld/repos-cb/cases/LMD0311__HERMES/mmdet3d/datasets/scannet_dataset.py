stub: upstream file of 17937 bytes

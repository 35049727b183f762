stub: upstream file of 10702 bytes

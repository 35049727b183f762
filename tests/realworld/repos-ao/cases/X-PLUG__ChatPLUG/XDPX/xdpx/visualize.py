stub: upstream file of 18702 bytes

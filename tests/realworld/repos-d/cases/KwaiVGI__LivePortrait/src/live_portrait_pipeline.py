stub: upstream file of 31901 bytes

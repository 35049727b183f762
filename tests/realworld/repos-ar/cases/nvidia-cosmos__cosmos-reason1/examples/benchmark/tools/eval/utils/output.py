stub: upstream file of 8095 bytes

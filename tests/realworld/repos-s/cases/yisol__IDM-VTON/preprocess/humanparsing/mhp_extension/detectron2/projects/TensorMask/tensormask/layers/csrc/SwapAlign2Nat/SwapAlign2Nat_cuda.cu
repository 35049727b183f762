stub: upstream file of 13100 bytes

stub: upstream file of 22700 bytes

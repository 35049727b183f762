stub: upstream file of 14960 bytes

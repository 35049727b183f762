stub: upstream file of 2100 bytes

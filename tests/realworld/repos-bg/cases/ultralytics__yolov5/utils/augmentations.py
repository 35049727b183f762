stub: upstream file of 15000 bytes

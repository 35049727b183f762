stub: upstream file of 8607 bytes

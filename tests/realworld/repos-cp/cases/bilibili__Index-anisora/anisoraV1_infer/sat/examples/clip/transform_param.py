stub: upstream file of 5607 bytes

stub: upstream file of 11013 bytes

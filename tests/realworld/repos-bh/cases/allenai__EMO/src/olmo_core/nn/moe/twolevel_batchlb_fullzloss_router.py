stub: upstream file of 11038 bytes

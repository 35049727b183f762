stub: upstream file of 34371 bytes

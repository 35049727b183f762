stub: upstream file of 1093250 bytes

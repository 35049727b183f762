stub: upstream file of 16215 bytes

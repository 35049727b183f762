stub: upstream file of 8975 bytes

stub: upstream file of 14907 bytes

stub: upstream file of 953 bytes

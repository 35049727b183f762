stub: upstream file of 17107 bytes

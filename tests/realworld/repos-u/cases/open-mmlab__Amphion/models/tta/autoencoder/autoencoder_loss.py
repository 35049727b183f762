stub: upstream file of 10009 bytes

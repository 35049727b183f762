stub: upstream file of 13833 bytes

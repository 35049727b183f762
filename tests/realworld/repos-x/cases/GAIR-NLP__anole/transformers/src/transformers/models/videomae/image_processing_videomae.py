stub: upstream file of 17000 bytes

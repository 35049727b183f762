stub: upstream file of 11095 bytes

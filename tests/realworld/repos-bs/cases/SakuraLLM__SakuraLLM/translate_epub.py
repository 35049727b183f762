stub: upstream file of 13257 bytes

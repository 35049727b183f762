stub: upstream file of 406 bytes

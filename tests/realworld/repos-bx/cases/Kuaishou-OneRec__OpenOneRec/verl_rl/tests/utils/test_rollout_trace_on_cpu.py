stub: upstream file of 6245 bytes

stub: upstream file of 15134 bytes

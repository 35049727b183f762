stub: upstream file of 25044 bytes

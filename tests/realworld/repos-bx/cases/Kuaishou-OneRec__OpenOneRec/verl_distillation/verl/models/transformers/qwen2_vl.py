stub: upstream file of 23339 bytes

stub: upstream file of 10003 bytes

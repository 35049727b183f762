stub: upstream file of 10006 bytes

stub: upstream file of 7003 bytes

stub: upstream file of 44427 bytes

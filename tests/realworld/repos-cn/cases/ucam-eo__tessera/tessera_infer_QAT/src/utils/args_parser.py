stub: upstream file of 5697 bytes

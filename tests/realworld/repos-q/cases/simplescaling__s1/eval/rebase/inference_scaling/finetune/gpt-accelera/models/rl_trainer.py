stub: upstream file of 23108 bytes

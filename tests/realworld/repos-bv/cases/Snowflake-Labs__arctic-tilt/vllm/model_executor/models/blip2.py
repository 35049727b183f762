stub: upstream file of 25760 bytes

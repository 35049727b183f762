stub: upstream file of 5514 bytes

stub: upstream file of 14000 bytes

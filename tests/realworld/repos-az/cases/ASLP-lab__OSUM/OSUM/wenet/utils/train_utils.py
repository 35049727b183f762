stub: upstream file of 40346 bytes

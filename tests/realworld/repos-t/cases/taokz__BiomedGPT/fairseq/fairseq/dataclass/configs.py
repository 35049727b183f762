stub: upstream file of 37973 bytes

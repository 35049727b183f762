stub: upstream file of 4081 bytes

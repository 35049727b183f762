stub: upstream file of 10895 bytes

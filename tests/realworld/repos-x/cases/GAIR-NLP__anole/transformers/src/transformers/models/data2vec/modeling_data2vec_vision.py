stub: upstream file of 57895 bytes

stub: upstream file of 3989 bytes

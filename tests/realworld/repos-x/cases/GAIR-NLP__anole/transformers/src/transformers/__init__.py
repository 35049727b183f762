stub: upstream file of 289895 bytes

stub: upstream file of 23250 bytes

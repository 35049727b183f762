stub: upstream file of 29989 bytes

stub: upstream file of 4989 bytes

stub: upstream file of 2930 bytes

stub: upstream file of 13895 bytes

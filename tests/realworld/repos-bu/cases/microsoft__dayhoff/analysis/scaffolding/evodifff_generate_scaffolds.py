stub: upstream file of 11035 bytes

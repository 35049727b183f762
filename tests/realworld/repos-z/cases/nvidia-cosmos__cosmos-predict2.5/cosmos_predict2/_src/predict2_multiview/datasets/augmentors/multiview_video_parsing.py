stub: upstream file of 20990 bytes

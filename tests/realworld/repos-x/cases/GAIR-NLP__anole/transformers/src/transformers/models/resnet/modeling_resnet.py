stub: upstream file of 19325 bytes

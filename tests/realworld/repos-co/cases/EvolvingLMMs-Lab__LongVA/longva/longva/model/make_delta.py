stub: upstream file of 2252 bytes

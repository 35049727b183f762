stub: upstream file of 1267 bytes

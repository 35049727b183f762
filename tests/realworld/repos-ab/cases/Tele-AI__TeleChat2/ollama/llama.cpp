stub: upstream file of 1007507 bytes

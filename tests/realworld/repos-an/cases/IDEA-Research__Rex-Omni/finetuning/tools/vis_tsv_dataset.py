stub: upstream file of 11141 bytes

stub: upstream file of 14141 bytes

stub: upstream file of 7912 bytes

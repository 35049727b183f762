stub: upstream file of 982 bytes

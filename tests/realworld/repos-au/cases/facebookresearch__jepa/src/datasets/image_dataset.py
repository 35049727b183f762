stub: upstream file of 2079 bytes

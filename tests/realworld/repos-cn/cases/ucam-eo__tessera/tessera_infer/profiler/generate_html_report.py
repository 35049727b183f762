stub: upstream file of 4079 bytes

stub: upstream file of 13973 bytes

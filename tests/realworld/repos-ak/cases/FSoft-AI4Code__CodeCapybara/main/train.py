stub: upstream file of 13112 bytes

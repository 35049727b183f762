stub: upstream file of 10986 bytes

stub: upstream file of 1026977 bytes

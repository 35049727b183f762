stub: upstream file of 33933 bytes

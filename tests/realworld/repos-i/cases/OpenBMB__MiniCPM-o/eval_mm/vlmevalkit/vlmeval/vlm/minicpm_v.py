stub: upstream file of 28059 bytes

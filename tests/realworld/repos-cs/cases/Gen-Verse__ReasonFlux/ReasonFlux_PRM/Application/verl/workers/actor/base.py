stub: upstream file of 2062 bytes

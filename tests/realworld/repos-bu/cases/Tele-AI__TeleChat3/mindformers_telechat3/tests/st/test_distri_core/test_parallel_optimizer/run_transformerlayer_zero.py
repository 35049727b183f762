stub: upstream file of 11243 bytes

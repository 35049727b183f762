stub: upstream file of 19094 bytes

stub: upstream file of 10032 bytes

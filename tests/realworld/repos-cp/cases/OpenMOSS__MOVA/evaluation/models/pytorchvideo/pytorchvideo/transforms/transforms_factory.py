stub: upstream file of 11323 bytes

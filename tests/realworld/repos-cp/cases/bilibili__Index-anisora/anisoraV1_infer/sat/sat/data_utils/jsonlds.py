stub: upstream file of 2241 bytes

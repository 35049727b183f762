stub: upstream file of 7793 bytes

stub: upstream file of 10232 bytes

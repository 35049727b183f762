stub: upstream file of 21232 bytes

stub: upstream file of 26497 bytes

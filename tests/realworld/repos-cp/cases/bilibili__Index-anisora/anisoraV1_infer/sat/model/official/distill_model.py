stub: upstream file of 1310 bytes

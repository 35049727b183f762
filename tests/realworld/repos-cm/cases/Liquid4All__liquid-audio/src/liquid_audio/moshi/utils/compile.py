stub: upstream file of 11047 bytes

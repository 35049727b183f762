stub: upstream file of 25968 bytes

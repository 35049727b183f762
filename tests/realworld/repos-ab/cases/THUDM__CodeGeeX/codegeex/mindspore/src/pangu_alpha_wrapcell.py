stub: upstream file of 10968 bytes

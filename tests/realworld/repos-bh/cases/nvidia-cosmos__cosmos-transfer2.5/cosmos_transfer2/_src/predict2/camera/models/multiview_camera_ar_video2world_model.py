stub: upstream file of 13968 bytes

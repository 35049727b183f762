stub: upstream file of 21330 bytes

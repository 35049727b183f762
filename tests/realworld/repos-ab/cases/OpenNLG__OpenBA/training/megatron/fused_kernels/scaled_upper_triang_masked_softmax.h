stub: upstream file of 22853 bytes

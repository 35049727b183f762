stub: upstream file of 30322 bytes

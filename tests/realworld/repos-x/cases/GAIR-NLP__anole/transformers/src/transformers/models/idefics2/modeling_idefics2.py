stub: upstream file of 93934 bytes

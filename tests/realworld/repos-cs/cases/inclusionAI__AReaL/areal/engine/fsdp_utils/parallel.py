stub: upstream file of 13704 bytes

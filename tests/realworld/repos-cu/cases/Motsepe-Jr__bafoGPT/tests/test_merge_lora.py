stub: upstream file of 3924 bytes

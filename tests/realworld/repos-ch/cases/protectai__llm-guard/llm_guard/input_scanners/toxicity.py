stub: upstream file of 3906 bytes

stub: upstream file of 21446 bytes

stub: upstream file of 5744 bytes

stub: upstream file of 21888 bytes

stub: upstream file of 18372 bytes

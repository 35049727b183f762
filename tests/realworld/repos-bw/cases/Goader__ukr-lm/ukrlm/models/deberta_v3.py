stub: upstream file of 9372 bytes

stub: upstream file of 9356 bytes

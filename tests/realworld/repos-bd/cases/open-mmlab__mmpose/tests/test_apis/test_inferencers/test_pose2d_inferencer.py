stub: upstream file of 6982 bytes

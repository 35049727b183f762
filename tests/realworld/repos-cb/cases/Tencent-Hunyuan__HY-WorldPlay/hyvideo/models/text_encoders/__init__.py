stub: upstream file of 21372 bytes

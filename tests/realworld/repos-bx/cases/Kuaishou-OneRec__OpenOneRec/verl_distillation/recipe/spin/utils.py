stub: upstream file of 7372 bytes

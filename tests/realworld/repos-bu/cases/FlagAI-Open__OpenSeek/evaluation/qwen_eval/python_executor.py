stub: upstream file of 7668 bytes

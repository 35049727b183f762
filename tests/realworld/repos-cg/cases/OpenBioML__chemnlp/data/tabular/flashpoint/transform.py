stub: upstream file of 6997 bytes

stub: upstream file of 32975 bytes

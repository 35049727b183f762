stub: upstream file of 23435 bytes

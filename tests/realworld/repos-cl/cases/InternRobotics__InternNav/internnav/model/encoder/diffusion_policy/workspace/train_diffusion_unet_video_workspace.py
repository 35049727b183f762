stub: upstream file of 8831 bytes

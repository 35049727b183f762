stub: upstream file of 25375 bytes

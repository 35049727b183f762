stub: upstream file of 7384 bytes

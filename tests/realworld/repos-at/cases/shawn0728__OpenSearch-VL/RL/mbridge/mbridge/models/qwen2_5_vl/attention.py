stub: upstream file of 9990 bytes

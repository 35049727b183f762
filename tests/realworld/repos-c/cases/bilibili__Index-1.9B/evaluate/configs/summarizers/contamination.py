stub: upstream file of 23740 bytes

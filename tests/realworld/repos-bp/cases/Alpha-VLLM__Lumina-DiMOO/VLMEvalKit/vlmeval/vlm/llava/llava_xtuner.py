stub: upstream file of 10222 bytes

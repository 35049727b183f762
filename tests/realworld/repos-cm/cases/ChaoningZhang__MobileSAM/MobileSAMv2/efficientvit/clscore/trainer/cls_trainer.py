stub: upstream file of 9234 bytes

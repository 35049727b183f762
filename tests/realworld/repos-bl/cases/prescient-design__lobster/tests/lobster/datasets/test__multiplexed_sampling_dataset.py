stub: upstream file of 5195 bytes

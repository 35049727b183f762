stub: upstream file of 33035 bytes

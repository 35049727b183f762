stub: upstream file of 10370 bytes

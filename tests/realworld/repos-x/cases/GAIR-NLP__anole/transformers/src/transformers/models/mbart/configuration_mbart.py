stub: upstream file of 18162 bytes

stub: upstream file of 10864 bytes

stub: upstream file of 87973 bytes

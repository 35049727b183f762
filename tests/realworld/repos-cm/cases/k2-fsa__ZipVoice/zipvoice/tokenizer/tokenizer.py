stub: upstream file of 22156 bytes

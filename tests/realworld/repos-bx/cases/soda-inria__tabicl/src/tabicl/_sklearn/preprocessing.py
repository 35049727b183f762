stub: upstream file of 45178 bytes

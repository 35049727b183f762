stub: upstream file of 36104 bytes

stub: upstream file of 15235 bytes

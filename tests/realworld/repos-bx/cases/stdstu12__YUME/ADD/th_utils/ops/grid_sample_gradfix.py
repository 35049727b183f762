stub: upstream file of 3399 bytes

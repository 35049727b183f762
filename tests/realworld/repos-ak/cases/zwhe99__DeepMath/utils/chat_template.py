stub: upstream file of 33001 bytes

stub: upstream file of 9975 bytes

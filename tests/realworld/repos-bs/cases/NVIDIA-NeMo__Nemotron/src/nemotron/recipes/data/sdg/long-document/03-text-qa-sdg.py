stub: upstream file of 9574 bytes

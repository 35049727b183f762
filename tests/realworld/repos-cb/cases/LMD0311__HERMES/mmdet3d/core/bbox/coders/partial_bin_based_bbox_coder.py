stub: upstream file of 9146 bytes

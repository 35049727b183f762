stub: upstream file of 17130 bytes

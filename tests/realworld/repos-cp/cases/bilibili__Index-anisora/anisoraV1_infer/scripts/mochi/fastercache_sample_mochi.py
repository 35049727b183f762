stub: upstream file of 8254 bytes

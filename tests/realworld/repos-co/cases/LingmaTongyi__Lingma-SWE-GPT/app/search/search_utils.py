stub: upstream file of 33745 bytes

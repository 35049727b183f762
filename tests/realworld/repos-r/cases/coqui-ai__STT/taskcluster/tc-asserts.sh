stub: upstream file of 21500 bytes

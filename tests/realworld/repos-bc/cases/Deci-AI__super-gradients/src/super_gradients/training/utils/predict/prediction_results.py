stub: upstream file of 37544 bytes

stub: upstream file of 10500 bytes

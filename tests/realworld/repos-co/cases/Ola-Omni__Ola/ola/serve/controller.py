stub: upstream file of 9960 bytes

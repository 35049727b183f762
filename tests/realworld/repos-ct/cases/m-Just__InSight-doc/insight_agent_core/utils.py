stub: upstream file of 901 bytes

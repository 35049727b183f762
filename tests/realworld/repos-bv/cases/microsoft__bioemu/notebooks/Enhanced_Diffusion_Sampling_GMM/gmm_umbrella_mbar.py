stub: upstream file of 9499 bytes

stub: upstream file of 9108 bytes

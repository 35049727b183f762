stub: upstream file of 24384 bytes

stub: upstream file of 25160 bytes

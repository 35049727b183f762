stub: upstream file of 10380 bytes

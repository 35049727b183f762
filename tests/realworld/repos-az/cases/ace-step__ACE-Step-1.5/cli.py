stub: upstream file of 85373 bytes

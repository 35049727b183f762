stub: upstream file of 3559 bytes

stub: upstream file of 13559 bytes

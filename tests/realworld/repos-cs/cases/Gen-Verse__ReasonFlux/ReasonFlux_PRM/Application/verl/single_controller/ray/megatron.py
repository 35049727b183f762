stub: upstream file of 3330 bytes

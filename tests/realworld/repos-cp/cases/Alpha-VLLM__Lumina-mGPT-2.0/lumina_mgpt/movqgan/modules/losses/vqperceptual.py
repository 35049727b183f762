stub: upstream file of 5436 bytes

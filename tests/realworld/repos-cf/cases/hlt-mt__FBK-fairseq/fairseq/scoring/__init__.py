stub: upstream file of 1442 bytes

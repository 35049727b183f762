stub: upstream file of 5395 bytes

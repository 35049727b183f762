stub: upstream file of 22436 bytes

stub: upstream file of 23442 bytes

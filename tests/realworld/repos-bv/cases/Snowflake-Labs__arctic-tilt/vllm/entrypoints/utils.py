stub: upstream file of 5574 bytes

stub: upstream file of 5373 bytes

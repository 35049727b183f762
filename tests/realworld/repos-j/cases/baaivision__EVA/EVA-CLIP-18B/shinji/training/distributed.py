stub: upstream file of 8508 bytes

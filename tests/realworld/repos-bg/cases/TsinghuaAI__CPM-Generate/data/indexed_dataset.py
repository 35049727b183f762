stub: upstream file of 18532 bytes

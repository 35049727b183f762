stub: upstream file of 34987 bytes

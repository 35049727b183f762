stub: upstream file of 29539 bytes

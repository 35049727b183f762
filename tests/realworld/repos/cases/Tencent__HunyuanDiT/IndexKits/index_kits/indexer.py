stub: upstream file of 33539 bytes

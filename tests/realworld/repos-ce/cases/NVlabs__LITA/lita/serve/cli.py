stub: upstream file of 5180 bytes

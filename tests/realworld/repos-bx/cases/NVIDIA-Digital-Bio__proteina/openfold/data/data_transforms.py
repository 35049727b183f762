stub: upstream file of 38336 bytes

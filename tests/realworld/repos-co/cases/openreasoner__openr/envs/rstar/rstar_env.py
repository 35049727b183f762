stub: upstream file of 25336 bytes

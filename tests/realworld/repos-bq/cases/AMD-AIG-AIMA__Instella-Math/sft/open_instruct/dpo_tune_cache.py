stub: upstream file of 54336 bytes

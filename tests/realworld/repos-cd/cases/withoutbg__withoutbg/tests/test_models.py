stub: upstream file of 6336 bytes

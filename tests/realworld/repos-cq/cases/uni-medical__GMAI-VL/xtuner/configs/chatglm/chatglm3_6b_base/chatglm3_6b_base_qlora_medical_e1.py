stub: upstream file of 7336 bytes

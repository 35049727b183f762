stub: upstream file of 93336 bytes

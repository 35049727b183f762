stub: upstream file of 24336 bytes

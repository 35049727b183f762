stub: upstream file of 15336 bytes

stub: upstream file of 5336 bytes

stub: upstream file of 19336 bytes

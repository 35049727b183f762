stub: upstream file of 11336 bytes

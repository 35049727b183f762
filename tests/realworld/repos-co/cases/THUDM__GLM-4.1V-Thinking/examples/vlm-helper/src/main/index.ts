stub: upstream file of 2336 bytes

stub: upstream file of 13336 bytes

stub: upstream file of 74336 bytes

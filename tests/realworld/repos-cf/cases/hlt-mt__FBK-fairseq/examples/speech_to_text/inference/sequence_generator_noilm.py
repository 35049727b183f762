stub: upstream file of 21373 bytes

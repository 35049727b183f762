stub: upstream file of 19373 bytes

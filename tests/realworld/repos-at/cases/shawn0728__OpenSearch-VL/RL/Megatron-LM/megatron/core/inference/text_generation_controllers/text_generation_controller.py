stub: upstream file of 53345 bytes

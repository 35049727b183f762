stub: upstream file of 27574 bytes

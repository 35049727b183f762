stub: upstream file of 26639 bytes

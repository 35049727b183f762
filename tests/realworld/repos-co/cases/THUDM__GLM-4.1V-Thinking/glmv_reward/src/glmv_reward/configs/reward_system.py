stub: upstream file of 349 bytes

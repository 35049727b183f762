stub: upstream file of 5349 bytes

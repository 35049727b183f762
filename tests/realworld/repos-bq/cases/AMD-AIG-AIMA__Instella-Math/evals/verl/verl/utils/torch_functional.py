stub: upstream file of 18349 bytes

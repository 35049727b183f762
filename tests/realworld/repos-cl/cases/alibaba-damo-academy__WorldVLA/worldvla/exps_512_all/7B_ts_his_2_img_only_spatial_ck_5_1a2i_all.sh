stub: upstream file of 1349 bytes

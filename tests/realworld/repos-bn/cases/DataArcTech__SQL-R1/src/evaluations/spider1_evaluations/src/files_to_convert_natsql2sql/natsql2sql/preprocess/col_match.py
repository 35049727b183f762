stub: upstream file of 13349 bytes

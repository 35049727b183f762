stub: upstream file of 67349 bytes

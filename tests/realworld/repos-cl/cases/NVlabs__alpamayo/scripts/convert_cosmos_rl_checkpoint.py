stub: upstream file of 12349 bytes

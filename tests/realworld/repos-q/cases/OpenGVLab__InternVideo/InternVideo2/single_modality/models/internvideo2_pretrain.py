stub: upstream file of 31349 bytes

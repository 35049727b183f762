stub: upstream file of 7349 bytes

stub: upstream file of 19349 bytes

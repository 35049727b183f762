stub: upstream file of 10406 bytes

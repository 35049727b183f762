stub: upstream file of 5346 bytes

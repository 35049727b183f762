stub: upstream file of 4356 bytes

stub: upstream file of 2562 bytes

stub: upstream file of 3362 bytes

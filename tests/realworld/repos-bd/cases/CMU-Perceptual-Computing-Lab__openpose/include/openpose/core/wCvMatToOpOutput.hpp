stub: upstream file of 2581 bytes

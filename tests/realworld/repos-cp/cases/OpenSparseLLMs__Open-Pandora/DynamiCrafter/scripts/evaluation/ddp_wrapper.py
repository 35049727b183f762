stub: upstream file of 1581 bytes

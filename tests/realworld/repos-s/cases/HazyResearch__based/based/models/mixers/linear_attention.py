stub: upstream file of 10581 bytes

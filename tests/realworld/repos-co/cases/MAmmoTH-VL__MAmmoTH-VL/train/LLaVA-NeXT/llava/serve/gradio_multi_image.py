stub: upstream file of 19581 bytes

stub: upstream file of 21581 bytes

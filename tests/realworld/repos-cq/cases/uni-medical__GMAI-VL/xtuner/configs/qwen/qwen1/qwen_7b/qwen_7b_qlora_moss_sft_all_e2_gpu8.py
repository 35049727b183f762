stub: upstream file of 7581 bytes

stub: upstream file of 51581 bytes

stub: upstream file of 30581 bytes

stub: upstream file of 49581 bytes

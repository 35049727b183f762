stub: upstream file of 38581 bytes

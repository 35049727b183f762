stub: upstream file of 6581 bytes

stub: upstream file of 13273 bytes

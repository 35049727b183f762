stub: upstream file of 2947 bytes

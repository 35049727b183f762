stub: upstream file of 7947 bytes

stub: upstream file of 9947 bytes

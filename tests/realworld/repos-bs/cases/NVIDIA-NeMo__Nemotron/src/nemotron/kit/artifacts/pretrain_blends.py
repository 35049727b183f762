stub: upstream file of 5947 bytes

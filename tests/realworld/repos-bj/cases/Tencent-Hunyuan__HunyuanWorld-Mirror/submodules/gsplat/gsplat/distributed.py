stub: upstream file of 12947 bytes

stub: upstream file of 50947 bytes

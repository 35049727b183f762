stub: upstream file of 6947 bytes

stub: upstream file of 18947 bytes

stub: upstream file of 13947 bytes

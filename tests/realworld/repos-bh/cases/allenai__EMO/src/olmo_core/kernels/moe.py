stub: upstream file of 15947 bytes

stub: upstream file of 8947 bytes

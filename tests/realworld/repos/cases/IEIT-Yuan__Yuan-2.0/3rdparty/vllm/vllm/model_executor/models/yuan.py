stub: upstream file of 23947 bytes

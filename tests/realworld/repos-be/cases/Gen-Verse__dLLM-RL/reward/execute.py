stub: upstream file of 10947 bytes

stub: upstream file of 49947 bytes

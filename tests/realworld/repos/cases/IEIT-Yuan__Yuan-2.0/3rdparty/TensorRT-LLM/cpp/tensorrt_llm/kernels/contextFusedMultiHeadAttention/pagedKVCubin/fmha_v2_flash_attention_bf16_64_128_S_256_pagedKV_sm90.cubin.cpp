stub: upstream file of 1157947 bytes

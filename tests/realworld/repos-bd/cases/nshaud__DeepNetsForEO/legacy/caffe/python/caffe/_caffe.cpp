stub: upstream file of 19947 bytes

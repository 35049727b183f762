stub: upstream file of 20947 bytes

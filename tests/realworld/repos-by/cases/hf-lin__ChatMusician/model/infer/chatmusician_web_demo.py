stub: upstream file of 14947 bytes

stub: upstream file of 4947 bytes

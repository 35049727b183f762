stub: upstream file of 16947 bytes

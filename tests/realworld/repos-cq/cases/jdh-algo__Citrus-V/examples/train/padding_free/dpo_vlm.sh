stub: upstream file of 947 bytes

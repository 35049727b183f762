stub: upstream file of 33947 bytes

stub: upstream file of 1393 bytes

stub: upstream file of 7881 bytes

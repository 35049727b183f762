stub: upstream file of 22057 bytes

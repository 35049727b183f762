stub: upstream file of 42208 bytes

stub: upstream file of 50208 bytes

stub: upstream file of 28208 bytes

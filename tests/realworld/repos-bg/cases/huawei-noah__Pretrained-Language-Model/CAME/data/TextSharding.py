stub: upstream file of 14068 bytes

stub: upstream file of 5751 bytes

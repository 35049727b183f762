stub: upstream file of 44824 bytes

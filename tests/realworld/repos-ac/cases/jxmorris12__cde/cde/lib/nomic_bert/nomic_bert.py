stub: upstream file of 25751 bytes

stub: upstream file of 8751 bytes

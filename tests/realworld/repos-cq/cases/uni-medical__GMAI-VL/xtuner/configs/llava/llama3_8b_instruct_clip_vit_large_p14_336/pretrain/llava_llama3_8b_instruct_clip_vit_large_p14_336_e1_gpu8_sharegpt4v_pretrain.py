stub: upstream file of 6751 bytes

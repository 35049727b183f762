stub: upstream file of 3751 bytes

stub: upstream file of 58389 bytes

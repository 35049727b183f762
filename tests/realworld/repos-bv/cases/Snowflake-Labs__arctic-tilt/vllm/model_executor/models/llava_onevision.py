stub: upstream file of 37462 bytes

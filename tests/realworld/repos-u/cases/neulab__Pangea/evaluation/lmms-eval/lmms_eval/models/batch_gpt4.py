stub: upstream file of 8150 bytes

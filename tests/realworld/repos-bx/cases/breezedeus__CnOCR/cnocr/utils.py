stub: upstream file of 16307 bytes

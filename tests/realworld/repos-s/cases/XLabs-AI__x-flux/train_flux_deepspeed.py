stub: upstream file of 13225 bytes

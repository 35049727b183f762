stub: upstream file of 11222 bytes

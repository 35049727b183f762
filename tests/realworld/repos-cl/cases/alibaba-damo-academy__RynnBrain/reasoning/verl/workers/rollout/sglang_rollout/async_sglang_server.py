stub: upstream file of 13999 bytes

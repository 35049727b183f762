stub: upstream file of 7213 bytes

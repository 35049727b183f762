stub: upstream file of 17473 bytes

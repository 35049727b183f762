stub: upstream file of 74414 bytes

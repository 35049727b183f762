stub: upstream file of 67767 bytes

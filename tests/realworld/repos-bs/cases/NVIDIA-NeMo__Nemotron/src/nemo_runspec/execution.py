stub: upstream file of 74767 bytes

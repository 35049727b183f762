stub: upstream file of 12767 bytes

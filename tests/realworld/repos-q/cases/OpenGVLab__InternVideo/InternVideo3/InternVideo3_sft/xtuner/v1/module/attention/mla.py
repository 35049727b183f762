stub: upstream file of 29767 bytes

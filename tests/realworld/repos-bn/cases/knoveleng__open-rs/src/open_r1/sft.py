stub: upstream file of 6767 bytes

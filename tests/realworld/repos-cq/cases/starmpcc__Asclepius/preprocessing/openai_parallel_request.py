stub: upstream file of 20767 bytes

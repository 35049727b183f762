stub: upstream file of 17767 bytes

stub: upstream file of 22500 bytes

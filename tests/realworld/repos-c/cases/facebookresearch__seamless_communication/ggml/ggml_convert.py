stub: upstream file of 25767 bytes

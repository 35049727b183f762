stub: upstream file of 14767 bytes

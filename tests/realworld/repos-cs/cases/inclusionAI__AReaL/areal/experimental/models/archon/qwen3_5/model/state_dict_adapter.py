stub: upstream file of 20677 bytes

stub: upstream file of 7052 bytes

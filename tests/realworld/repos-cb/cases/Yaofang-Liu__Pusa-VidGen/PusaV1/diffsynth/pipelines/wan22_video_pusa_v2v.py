stub: upstream file of 35052 bytes

stub: upstream file of 3429 bytes

stub: upstream file of 4750 bytes

stub: upstream file of 15750 bytes

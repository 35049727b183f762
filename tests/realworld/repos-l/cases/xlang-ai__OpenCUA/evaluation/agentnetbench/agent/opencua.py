stub: upstream file of 31261 bytes

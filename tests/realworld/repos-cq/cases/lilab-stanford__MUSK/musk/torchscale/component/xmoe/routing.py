stub: upstream file of 18530 bytes

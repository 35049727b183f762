stub: upstream file of 23529 bytes

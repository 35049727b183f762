stub: upstream file of 55024 bytes

stub: upstream file of 10463 bytes

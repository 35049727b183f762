stub: upstream file of 17537 bytes

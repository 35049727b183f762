stub: upstream file of 9537 bytes

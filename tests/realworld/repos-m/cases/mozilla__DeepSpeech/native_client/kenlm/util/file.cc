stub: upstream file of 18360 bytes

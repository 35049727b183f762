stub: upstream file of 43389 bytes

stub: upstream file of 13544 bytes

stub: upstream file of 14820 bytes

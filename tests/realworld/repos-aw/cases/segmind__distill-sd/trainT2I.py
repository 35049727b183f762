stub: upstream file of 38178 bytes

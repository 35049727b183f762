stub: upstream file of 13490 bytes

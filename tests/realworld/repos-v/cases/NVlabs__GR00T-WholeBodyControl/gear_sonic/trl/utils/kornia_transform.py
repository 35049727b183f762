stub: upstream file of 36506 bytes

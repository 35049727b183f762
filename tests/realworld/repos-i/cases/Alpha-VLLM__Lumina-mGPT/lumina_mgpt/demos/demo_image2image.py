stub: upstream file of 11107 bytes

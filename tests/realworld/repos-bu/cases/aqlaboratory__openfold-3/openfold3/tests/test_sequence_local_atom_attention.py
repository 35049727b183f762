stub: upstream file of 13033 bytes

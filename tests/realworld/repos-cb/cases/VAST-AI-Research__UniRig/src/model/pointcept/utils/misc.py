stub: upstream file of 5029 bytes

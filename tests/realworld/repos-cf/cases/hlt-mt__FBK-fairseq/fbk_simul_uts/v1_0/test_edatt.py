stub: upstream file of 5070 bytes

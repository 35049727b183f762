stub: upstream file of 31075 bytes

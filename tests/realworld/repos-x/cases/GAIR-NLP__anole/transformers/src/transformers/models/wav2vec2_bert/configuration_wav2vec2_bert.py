stub: upstream file of 18075 bytes

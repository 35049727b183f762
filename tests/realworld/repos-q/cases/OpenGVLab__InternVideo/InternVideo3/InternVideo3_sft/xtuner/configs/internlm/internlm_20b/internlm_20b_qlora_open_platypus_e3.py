stub: upstream file of 7075 bytes

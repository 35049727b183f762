stub: upstream file of 8075 bytes

stub: upstream file of 5075 bytes

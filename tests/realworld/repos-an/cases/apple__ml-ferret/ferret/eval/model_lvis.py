stub: upstream file of 12075 bytes

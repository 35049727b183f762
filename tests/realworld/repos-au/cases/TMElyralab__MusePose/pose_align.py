stub: upstream file of 22075 bytes

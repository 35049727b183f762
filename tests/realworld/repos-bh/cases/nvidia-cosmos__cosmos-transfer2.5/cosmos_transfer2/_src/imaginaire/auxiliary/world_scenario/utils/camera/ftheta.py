stub: upstream file of 35182 bytes

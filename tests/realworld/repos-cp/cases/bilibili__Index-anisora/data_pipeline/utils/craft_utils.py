stub: upstream file of 9075 bytes

stub: upstream file of 14075 bytes

stub: upstream file of 46075 bytes

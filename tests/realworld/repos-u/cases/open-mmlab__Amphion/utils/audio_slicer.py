stub: upstream file of 16174 bytes

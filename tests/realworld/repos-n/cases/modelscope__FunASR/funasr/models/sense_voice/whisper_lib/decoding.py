stub: upstream file of 41075 bytes

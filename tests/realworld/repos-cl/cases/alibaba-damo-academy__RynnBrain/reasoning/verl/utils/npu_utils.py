stub: upstream file of 6075 bytes

stub: upstream file of 24075 bytes

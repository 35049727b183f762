stub: upstream file of 15075 bytes

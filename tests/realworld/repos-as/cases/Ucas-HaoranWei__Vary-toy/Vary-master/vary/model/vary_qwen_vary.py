stub: upstream file of 16075 bytes

stub: upstream file of 17075 bytes

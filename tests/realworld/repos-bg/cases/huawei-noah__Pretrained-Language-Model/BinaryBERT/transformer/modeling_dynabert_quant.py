stub: upstream file of 40075 bytes

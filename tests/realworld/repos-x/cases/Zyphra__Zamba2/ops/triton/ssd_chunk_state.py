stub: upstream file of 49075 bytes

stub: upstream file of 7864 bytes

stub: upstream file of 34208 bytes

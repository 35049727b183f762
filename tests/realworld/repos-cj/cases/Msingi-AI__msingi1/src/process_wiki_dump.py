stub: upstream file of 6864 bytes

stub: upstream file of 2380 bytes

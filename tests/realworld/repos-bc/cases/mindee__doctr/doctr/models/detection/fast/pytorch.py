stub: upstream file of 16681 bytes

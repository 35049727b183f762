stub: upstream file of 19555 bytes

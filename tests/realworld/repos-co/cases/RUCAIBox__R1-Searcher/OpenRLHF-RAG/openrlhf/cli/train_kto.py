stub: upstream file of 9913 bytes

stub: upstream file of 9113 bytes

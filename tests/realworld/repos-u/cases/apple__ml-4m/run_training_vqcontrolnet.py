stub: upstream file of 65679 bytes

stub: upstream file of 44979 bytes

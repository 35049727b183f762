stub: upstream file of 979 bytes

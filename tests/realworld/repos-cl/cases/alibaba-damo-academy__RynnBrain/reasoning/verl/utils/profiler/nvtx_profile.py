stub: upstream file of 6979 bytes

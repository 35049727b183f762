stub: upstream file of 16979 bytes

stub: upstream file of 13979 bytes

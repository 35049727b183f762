stub: upstream file of 12979 bytes

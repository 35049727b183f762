stub: upstream file of 13072 bytes

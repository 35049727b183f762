stub: upstream file of 13157 bytes

stub: upstream file of 14093 bytes

stub: upstream file of 35079 bytes

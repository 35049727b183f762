stub: upstream file of 7030 bytes
